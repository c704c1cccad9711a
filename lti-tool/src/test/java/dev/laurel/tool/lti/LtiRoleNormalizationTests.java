package dev.laurel.tool.lti;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LtiRoleNormalizationTests {

    @Test
    void shortContextRoleNamesGetTheMembershipVocabulary() {
        assertThat(LtiRoles.normalize("Learner")).isEqualTo(LtiRoles.LEARNER);
        assertThat(LtiRoles.normalize(" Instructor ")).isEqualTo(LtiRoles.INSTRUCTOR);
        assertThat(LtiRoles.normalize("Instructor#TeachingAssistant")).isEqualTo(LtiRoles.TEACHING_ASSISTANT);
    }

    @Test
    void fullUrisAndUnknownNamesStayAsTheyAre() {
        String institution = LtiRoles.INSTITUTION_ROLE + "Faculty";
        assertThat(LtiRoles.normalize(institution)).isEqualTo(institution);
        assertThat(LtiRoles.normalize("urn:lti:role:ims/lis/Learner")).isEqualTo("urn:lti:role:ims/lis/Learner");
        assertThat(LtiRoles.normalize("Janitor")).isEqualTo("Janitor");
    }

    @Test
    void duplicatesAndBlanksAreDropped() {
        assertThat(LtiRoles.normalizeAll(java.util.Arrays.asList("Learner", LtiRoles.LEARNER, "", null)))
                .containsExactly(LtiRoles.LEARNER);
    }

    @Test
    void teachingAssistantsAndAdministratorsCountAsInstructors() {
        assertThat(LtiRoles.isInstructor(List.of("Instructor#TeachingAssistant"))).isTrue();
        assertThat(LtiRoles.isInstructor(List.of(LtiRoles.SYSTEM_ROLE + "Administrator"))).isTrue();
        assertThat(LtiRoles.isInstructor(List.of("Learner"))).isFalse();
        assertThat(LtiRoles.isLearner(List.of())).isFalse();
    }
}
