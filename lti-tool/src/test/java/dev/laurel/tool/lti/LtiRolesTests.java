package dev.laurel.tool.lti;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LtiRolesTests {

    @Test
    void mapsFullLisRoleUris() {
        assertThat(LtiRoles.laurelRoles(List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor")))
                .containsExactly(LaurelRole.INSTRUCTOR);
        assertThat(LtiRoles.laurelRoles(List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Learner")))
                .containsExactly(LaurelRole.LEARNER);
        assertThat(LtiRoles.laurelRoles(List.of("http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator")))
                .containsExactly(LaurelRole.ADMIN);
        assertThat(LtiRoles.laurelRoles(List.of("http://purl.imsglobal.org/vocab/lis/v2/system/person#SysAdmin")))
                .containsExactly(LaurelRole.ADMIN);
    }

    @Test
    void mapsMoodleShortRoleNames() {
        assertThat(LtiRoles.laurelRoles(List.of("Instructor"))).containsExactly(LaurelRole.INSTRUCTOR);
        assertThat(LtiRoles.laurelRoles(List.of("Learner"))).containsExactly(LaurelRole.LEARNER);
        assertThat(LtiRoles.laurelRoles(List.of("TeachingAssistant"))).containsExactly(LaurelRole.INSTRUCTOR);
        assertThat(LtiRoles.laurelRoles(List.of("ContentDeveloper"))).containsExactly(LaurelRole.INSTRUCTOR);
    }

    @Test
    void mapsSubRolesAndLti11Urns() {
        assertThat(LtiRoles.laurelRoles(List.of(
                "http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#TeachingAssistant")))
                .containsExactly(LaurelRole.INSTRUCTOR);
        assertThat(LtiRoles.laurelRoles(List.of("urn:lti:role:ims/lis/Learner/NonCreditLearner")))
                .containsExactly(LaurelRole.LEARNER);
        assertThat(LtiRoles.laurelRoles(List.of("urn:lti:instrole:ims/lis/Administrator")))
                .containsExactly(LaurelRole.ADMIN);
    }

    @Test
    void mentorsAndUnknownRolesGetNoLaurelRole() {
        assertThat(LtiRoles.laurelRoles(List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Mentor",
                "https://example.com/custom#Role", "Guest"))).isEmpty();
        assertThat(LtiRoles.laurelRoles(List.of())).isEmpty();
        assertThat(LtiRoles.laurelRoles(null)).isEmpty();
    }

    @Test
    void keepsSeveralRoles() {
        assertThat(LtiRoles.laurelRoles(List.of("Instructor",
                "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator")))
                .containsExactlyInAnyOrder(LaurelRole.INSTRUCTOR, LaurelRole.ADMIN);
    }
}
