package dev.laurel.tool.skills.web;

import dev.laurel.tool.skills.SkillAlignment;
import dev.laurel.tool.skills.SkillIndexNotReadyException;
import dev.laurel.tool.skills.SkillIndexStatistics;
import dev.laurel.tool.skills.SkillSearch;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The skills picker's JSON API: type-ahead search, suggestions for a criterion, alignments, readiness. */
@RestController
@RequestMapping(path = "/skills", produces = MediaType.APPLICATION_JSON_VALUE)
class SkillsController {

    private final SkillSearch search;

    SkillsController(SkillSearch search) {
        this.search = search;
    }

    @GetMapping("/search")
    SkillResult.Results search(@RequestParam(required = false) String q,
            @RequestParam(required = false) String limit, @RequestParam(required = false) String framework) {
        String query = SkillsRequests.query(q);
        int max = SkillsRequests.limit(limit);
        return SkillResult.Results.of(search.search(query, max, SkillsRequests.framework(framework)));
    }

    @PostMapping("/suggest")
    SkillResult.Results suggest(@RequestBody(required = false) SuggestRequest request) {
        if (request == null) {
            throw new SkillsRequestException("text_missing",
                    "Send a JSON body {\"text\": \"...\"} with the criterion's name and description.");
        }
        String text = SkillsRequests.criterionText(request.text());
        int max = SkillsRequests.limit(request.limit() == null ? null : request.limit().toString());
        return SkillResult.Results.of(search.suggest(text, max, SkillsRequests.framework(request.framework())));
    }

    @GetMapping("/alignment")
    SkillAlignment alignment(@RequestParam(required = false) String uri) {
        if (uri == null || uri.isBlank()) {
            throw new SkillsRequestException("uri_missing", "Give the skill's URI (uri).");
        }
        return search.find(uri).map(SkillAlignment::of).orElseThrow(() -> new SkillsRequestException(
                "skill_not_found", "No ESCO or O*NET skill has that URI."));
    }

    @GetMapping("/status")
    SkillsStatus status() {
        return search.statistics().map(SkillsStatus::of).orElseGet(SkillsStatus::building);
    }

    @ExceptionHandler
    ResponseEntity<SkillsError> refused(SkillsRequestException ex) {
        HttpStatus status = "skill_not_found".equals(ex.code()) ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(new SkillsError(ex.code(), ex.getMessage()));
    }

    @ExceptionHandler
    ResponseEntity<SkillsError> unreadable(HttpMessageNotReadableException ex) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(new SkillsError(
                "body_unreadable", "The request body must be JSON such as {\"text\": \"...\"}."));
    }

    @ExceptionHandler
    ResponseEntity<SkillsError> notJson(HttpMediaTypeNotSupportedException ex) {
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).contentType(MediaType.APPLICATION_JSON)
                .body(new SkillsError("json_required", "Send the request body as application/json."));
    }

    @ExceptionHandler
    ResponseEntity<SkillsError> notReady(SkillIndexNotReadyException ex) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "5")
                .contentType(MediaType.APPLICATION_JSON)
                .body(new SkillsError(SkillIndexNotReadyException.CODE, ex.getMessage()));
    }

    /**
     * The body of {@code POST /skills/suggest}.
     *
     * @param text the criterion's name and description
     * @param limit how many suggestions, 1 to 50 (default 10)
     * @param framework {@code ESCO} or {@code O*NET}, or absent for both
     */
    record SuggestRequest(String text, Integer limit, String framework) {
    }

    /**
     * Whether the skills index is ready, and what it holds.
     *
     * @param ready whether searches are answered
     * @param indexed skills indexed
     * @param esco ESCO skills
     * @param onet O*NET descriptors
     * @param buildMillis time to load and index
     */
    record SkillsStatus(boolean ready, int indexed, long esco, long onet, long buildMillis) {

        static SkillsStatus of(SkillIndexStatistics statistics) {
            return new SkillsStatus(true, statistics.indexed(), statistics.esco(), statistics.onet(),
                    statistics.total().toMillis());
        }

        static SkillsStatus building() {
            return new SkillsStatus(false, 0, 0, 0, 0);
        }
    }
}
