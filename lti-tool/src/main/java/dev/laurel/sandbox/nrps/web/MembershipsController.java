package dev.laurel.sandbox.nrps.web;

import dev.laurel.sandbox.course.Course;
import dev.laurel.sandbox.course.Member;
import dev.laurel.sandbox.nrps.MembershipQuery;
import dev.laurel.sandbox.nrps.Memberships;
import dev.laurel.sandbox.oauth.ServiceAuthorization;
import dev.laurel.sandbox.platform.Lti;
import dev.laurel.sandbox.platform.PlatformUrls;
import dev.laurel.sandbox.platform.ServiceProblem;
import dev.laurel.sandbox.platform.web.Paging;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code GET /api/lti/courses/{courseId}/memberships} with {@code role}, {@code rlid}, {@code limit}, {@code from}
 * and {@code since} (<a href="https://www.imsglobal.org/spec/lti-nrps/v2p0#membership-container-media-type">NRPS §2</a>).
 */
@RestController
class MembershipsController {

    private final Memberships memberships;
    private final ServiceAuthorization authorization;
    private final PlatformUrls urls;
    private final Clock clock;

    MembershipsController(Memberships memberships, ServiceAuthorization authorization, PlatformUrls urls, Clock clock) {
        this.memberships = memberships;
        this.authorization = authorization;
        this.urls = urls;
        this.clock = clock;
    }

    @GetMapping("/api/lti/courses/{courseId}/memberships")
    ResponseEntity<Map<String, Object>> memberships(@PathVariable long courseId,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String auth,
            @RequestParam(required = false) String role, @RequestParam(required = false) String rlid,
            @RequestParam(required = false) String since, @RequestParam(required = false) String limit,
            @RequestParam(required = false) String from, HttpServletRequest request) {
        authorization.require(auth, Lti.SCOPE_NRPS);
        long now = clock.millis();
        Course course = memberships.course(courseId, rlid);
        Paging paging = Paging.of(limit, from);
        List<Member> page = memberships.page(new MembershipQuery(courseId, Memberships.role(role), since(since),
                paging.from(), paging.limit() + 1));
        List<Map<String, Object>> members = new ArrayList<>();
        page.stream().limit(paging.limit()).forEach(member -> members.add(json(member)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", urls.url(request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString())));
        body.put("context", Map.of("id", course.contextId(), "label", course.label(), "title", course.title()));
        body.put("members", members);
        List<String> links = new ArrayList<>();
        if (page.size() > paging.limit()) {
            links.add(Paging.link(paging.next(urls, request), "next"));
        }
        // NRPS §2.4.4: a link to the changes after this moment
        links.add(Paging.link(UriComponentsBuilder.fromUriString(paging.first(urls, request)).replaceQueryParam("from")
                .replaceQueryParam("since", now).build(true).toUriString(), "differences"));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(Lti.MEDIA_MEMBERSHIP_CONTAINER))
                .header(HttpHeaders.LINK, String.join(", ", links)).body(body);
    }

    private static Long since(String since) {
        if (since == null) {
            return null;
        }
        try {
            return Long.parseLong(since);
        } catch (NumberFormatException e) {
            throw new ServiceProblem(400, "since_invalid", "since must be the value from a differences link");
        }
    }

    private static Map<String, Object> json(Member member) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("status", member.status());
        json.put("name", member.user().name());
        json.put("given_name", member.user().givenName());
        json.put("family_name", member.user().familyName());
        json.put("email", member.user().email());
        json.put("user_id", member.user().subject());
        json.put("roles", List.of(member.role().uri()));
        return json;
    }
}
