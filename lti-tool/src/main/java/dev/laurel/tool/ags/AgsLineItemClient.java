package dev.laurel.tool.ags;

import dev.laurel.tool.services.PlatformHttpClient;
import dev.laurel.tool.services.PlatformRequest;
import dev.laurel.tool.services.PlatformResponse;
import dev.laurel.tool.services.PlatformServiceException;
import dev.laurel.tool.services.PlatformServices;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The AGS line-item service: list (every page, with filters), create, read, update, delete.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-ags/v2p0/#line-item-service">AGS §3.2</a>
 */
@Component
public final class AgsLineItemClient {

    /** Error code when the launch carried no line-items URL. */
    public static final String NOT_OFFERED = "ags_not_offered";

    private final PlatformHttpClient http;

    private final AgsJson json;

    public AgsLineItemClient(PlatformHttpClient http, JsonMapper json) {
        this.http = http;
        this.json = new AgsJson(json);
    }

    /** The URL of the first page of the line-item container with {@code filter} applied. */
    public URI firstPage(PlatformServices services, LineItemFilter filter) {
        return AgsUrls.withQuery(lineItemsUrl(services), filter.parameters());
    }

    /** One page of line items at {@code pageUrl}, with the next page's URL. */
    public Page<LineItem> page(PlatformServices services, URI pageUrl) {
        PlatformResponse response = http.exchange(services,
                PlatformRequest.get(pageUrl, AgsScopes.forReadingLineItems(services), AgsMediaTypes.LINE_ITEM_CONTAINER));
        return new Page<>(json.readList(response, LineItem.class), response.link("next", pageUrl).orElse(null));
    }

    /** Every line item matching {@code filter}, across all pages. */
    public List<LineItem> list(PlatformServices services, LineItemFilter filter) {
        List<LineItem> all = new ArrayList<>();
        URI next = firstPage(services, filter);
        while (next != null) {
            Page<LineItem> page = page(services, next);
            all.addAll(page.items());
            next = page.next();
        }
        return all;
    }

    /** Creates {@code lineItem} in the context's gradebook, returning it with its id. */
    public LineItem create(PlatformServices services, LineItem lineItem) {
        return send(services, HttpMethod.POST, lineItemsUrl(services), lineItem);
    }

    /** The line item at {@code lineItemUrl}. */
    public LineItem read(PlatformServices services, URI lineItemUrl) {
        PlatformResponse response = http.exchange(services,
                PlatformRequest.get(lineItemUrl, AgsScopes.forReadingLineItems(services), AgsMediaTypes.LINE_ITEM));
        return json.read(response, LineItem.class);
    }

    /** Replaces the line item {@code lineItem.id()} with {@code lineItem}. */
    public LineItem update(PlatformServices services, LineItem lineItem) {
        return send(services, HttpMethod.PUT, URI.create(lineItem.id()), lineItem);
    }

    /** Deletes the line item at {@code lineItemUrl}. */
    public void delete(PlatformServices services, URI lineItemUrl) {
        http.exchange(services, new PlatformRequest(HttpMethod.DELETE, lineItemUrl,
                Set.of(AgsScopes.require(services, AgsScopes.LINE_ITEM)), null, null, null));
    }

    private LineItem send(PlatformServices services, HttpMethod method, URI url, LineItem lineItem) {
        PlatformResponse response = http.exchange(services, new PlatformRequest(method, url,
                Set.of(AgsScopes.require(services, AgsScopes.LINE_ITEM)), AgsMediaTypes.LINE_ITEM,
                AgsMediaTypes.LINE_ITEM, json.write(lineItem)));
        return json.read(response, LineItem.class);
    }

    private static URI lineItemsUrl(PlatformServices services) {
        if (services.lineItemsUrl() == null) {
            throw new PlatformServiceException(NOT_OFFERED, services.registrationId(), 0,
                    "the platform offers no line-items endpoint for this context", null);
        }
        return services.lineItemsUrl();
    }
}
