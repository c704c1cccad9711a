package dev.laurel.sandbox.ags.web;

import dev.laurel.sandbox.ags.AssignmentGradeService;
import dev.laurel.sandbox.ags.LineItem;
import dev.laurel.sandbox.ags.LineItems;
import dev.laurel.sandbox.ags.Score;
import dev.laurel.sandbox.oauth.AccessGrant;
import dev.laurel.sandbox.oauth.ServiceAuthorization;
import dev.laurel.sandbox.platform.Lti;
import dev.laurel.sandbox.platform.PlatformUrls;
import dev.laurel.sandbox.platform.web.Paging;
import dev.laurel.sandbox.registration.ToolRegistrations;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * AGS 2.0 endpoints (<a href="https://www.imsglobal.org/spec/lti-ags/v2p0/">AGS 2.0</a>), with Moodle-shaped URLs:
 * container {@code /api/lti/courses/{c}/lineitems?type_id=N}, line item
 * {@code /api/lti/courses/{c}/lineitems/{id}/lineitem?type_id=N}, plus {@code /results} and {@code /scores}
 * inserted before the query string.
 */
@RestController
@RequestMapping("/api/lti/courses/{courseId}/lineitems")
class LineItemsController {

    private static final String AUTH = HttpHeaders.AUTHORIZATION;

    private final AssignmentGradeService ags;
    private final ServiceAuthorization authorization;
    private final ToolRegistrations registrations;
    private final PlatformUrls urls;

    LineItemsController(AssignmentGradeService ags, ServiceAuthorization authorization, ToolRegistrations registrations,
            PlatformUrls urls) {
        this.ags = ags;
        this.authorization = authorization;
        this.registrations = registrations;
        this.urls = urls;
    }

    @GetMapping
    ResponseEntity<List<Map<String, Object>>> list(@PathVariable long courseId, @RequestHeader(name = AUTH, required = false) String auth,
            @RequestParam(name = "resource_link_id", required = false) String resourceLinkId,
            @RequestParam(name = "resource_id", required = false) String resourceId,
            @RequestParam(required = false) String tag, @RequestParam(required = false) String limit,
            @RequestParam(required = false) String from, HttpServletRequest request) {
        AccessGrant grant = authorization.require(auth, Lti.SCOPE_LINEITEM, Lti.SCOPE_LINEITEM_READONLY);
        Paging paging = Paging.of(limit, from);
        List<LineItem> page = ags.lineItems(courseId, new LineItems.Filter(resourceLinkId, resourceId, tag),
                paging.from(), paging.limit() + 1);
        long typeId = typeId(grant);
        List<Map<String, Object>> body = new ArrayList<>();
        page.stream().limit(paging.limit()).forEach(item -> body.add(json(item, typeId)));
        ResponseEntity.BodyBuilder response = ResponseEntity.ok().contentType(MediaType.parseMediaType(Lti.MEDIA_LINEITEM_CONTAINER));
        if (page.size() > paging.limit()) {
            response.header(HttpHeaders.LINK, Paging.link(paging.next(urls, request), "next"));
        }
        return response.body(body);
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> create(@PathVariable long courseId, @RequestHeader(name = AUTH, required = false) String auth,
            @RequestBody Map<String, Object> body) {
        AccessGrant grant = authorization.require(auth, Lti.SCOPE_LINEITEM);
        LineItem item = ags.create(courseId, grant.clientId(), body);
        return ResponseEntity.status(201).contentType(MediaType.parseMediaType(Lti.MEDIA_LINEITEM)).body(json(item, typeId(grant)));
    }

    @GetMapping("/{lineItemId}/lineitem")
    ResponseEntity<Map<String, Object>> get(@PathVariable long courseId, @PathVariable long lineItemId,
            @RequestHeader(name = AUTH, required = false) String auth) {
        AccessGrant grant = authorization.require(auth, Lti.SCOPE_LINEITEM, Lti.SCOPE_LINEITEM_READONLY);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(Lti.MEDIA_LINEITEM))
                .body(json(ags.lineItem(courseId, lineItemId), typeId(grant)));
    }

    @PutMapping("/{lineItemId}/lineitem")
    ResponseEntity<Map<String, Object>> update(@PathVariable long courseId, @PathVariable long lineItemId,
            @RequestHeader(name = AUTH, required = false) String auth, @RequestBody Map<String, Object> body) {
        AccessGrant grant = authorization.require(auth, Lti.SCOPE_LINEITEM);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(Lti.MEDIA_LINEITEM))
                .body(json(ags.update(courseId, lineItemId, grant.clientId(), body), typeId(grant)));
    }

    @DeleteMapping("/{lineItemId}/lineitem")
    ResponseEntity<Void> delete(@PathVariable long courseId, @PathVariable long lineItemId,
            @RequestHeader(name = AUTH, required = false) String auth) {
        AccessGrant grant = authorization.require(auth, Lti.SCOPE_LINEITEM);
        ags.delete(courseId, lineItemId, grant.clientId());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{lineItemId}/lineitem/results")
    ResponseEntity<List<Map<String, Object>>> results(@PathVariable long courseId, @PathVariable long lineItemId,
            @RequestHeader(name = AUTH, required = false) String auth, @RequestParam(name = "user_id", required = false) String userId,
            @RequestParam(required = false) String limit, @RequestParam(required = false) String from, HttpServletRequest request) {
        AccessGrant grant = authorization.require(auth, Lti.SCOPE_RESULT_READONLY);
        Paging paging = Paging.of(limit, from);
        LineItem item = ags.lineItem(courseId, lineItemId);
        List<Score> page = ags.results(courseId, lineItemId, userId, paging.from(), paging.limit() + 1);
        long typeId = typeId(grant);
        List<Map<String, Object>> body = new ArrayList<>();
        page.stream().limit(paging.limit()).forEach(score -> body.add(result(item, score, typeId)));
        ResponseEntity.BodyBuilder response = ResponseEntity.ok().contentType(MediaType.parseMediaType(Lti.MEDIA_RESULT_CONTAINER));
        if (page.size() > paging.limit()) {
            response.header(HttpHeaders.LINK, Paging.link(paging.next(urls, request), "next"));
        }
        return response.body(body);
    }

    @PostMapping("/{lineItemId}/lineitem/scores")
    ResponseEntity<Void> score(@PathVariable long courseId, @PathVariable long lineItemId,
            @RequestHeader(name = AUTH, required = false) String auth, @RequestBody Map<String, Object> body) {
        authorization.require(auth, Lti.SCOPE_SCORE);
        ags.score(courseId, lineItemId, body);
        return ResponseEntity.noContent().build();
    }

    private long typeId(AccessGrant grant) {
        return registrations.findByClientId(grant.clientId()).map(tool -> tool.id()).orElse(0L);
    }

    private Map<String, Object> json(LineItem item, long typeId) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", urls.lineItem(item.courseId(), item.id(), typeId));
        json.put("label", item.label());
        json.put("scoreMaximum", item.scoreMaximum());
        putIfSet(json, "resourceId", item.resourceId());
        putIfSet(json, "resourceLinkId", item.resourceLinkId());
        putIfSet(json, "tag", item.tag());
        putIfSet(json, "startDateTime", item.startDateTime());
        putIfSet(json, "endDateTime", item.endDateTime());
        putIfSet(json, "gradesReleased", item.gradesReleased());
        return json;
    }

    private Map<String, Object> result(LineItem item, Score score, long typeId) {
        String lineItemUrl = urls.lineItem(item.courseId(), item.id(), typeId);
        int query = lineItemUrl.indexOf('?');
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", lineItemUrl.substring(0, query) + "/results" + lineItemUrl.substring(query) + "&user_id=" + score.userId());
        json.put("scoreOf", lineItemUrl);
        json.put("userId", String.valueOf(score.userId()));
        if (score.scoreGiven() != null && score.scoreMaximum() != null) {
            // AGS §3.3: the result is on the line item's scale
            json.put("resultScore", score.scoreGiven() * item.scoreMaximum() / score.scoreMaximum());
            json.put("resultMaximum", item.scoreMaximum());
        }
        putIfSet(json, "comment", score.comment());
        return json;
    }

    private static void putIfSet(Map<String, Object> json, String name, Object value) {
        if (value != null) {
            json.put(name, value);
        }
    }
}
