package dev.laurel.tool.launch.validation;

import com.nimbusds.jose.util.Resource;
import com.nimbusds.jose.util.ResourceRetriever;
import dev.laurel.tool.registration.PlatformConnections;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * Fetches platform key sets for Nimbus through {@link PlatformConnections}, so that a key set URL whose host
 * resolves to a non-public address is refused at the connection (its cause a
 * {@code PlatformAddressNotPublicException}). Like Nimbus's {@code DefaultResourceRetriever}: a size limit,
 * redirects followed (a few), anything but 2xx an {@link IOException}.
 */
final class PlatformKeySetRetriever implements ResourceRetriever {

    private final RestClient http;

    private final int sizeLimit;

    PlatformKeySetRetriever(PlatformConnections connections, PlatformConnections.Settings settings, int sizeLimit) {
        this.http = RestClient.builder().requestFactory(connections.requestFactory(settings)).build();
        this.sizeLimit = sizeLimit;
    }

    @Override
    public Resource retrieveResource(URL url) throws IOException {
        try {
            return http.get().uri(url.toURI()).accept(MediaType.APPLICATION_JSON).exchange((request, response) -> {
                int status = response.getStatusCode().value();
                if (status < 200 || status > 299) {
                    throw new IOException("HTTP " + status + " for the key set");
                }
                byte[] body = response.getBody().readNBytes(sizeLimit + 1);
                if (body.length > sizeLimit) {
                    throw new IOException("the key set exceeds " + sizeLimit + " bytes");
                }
                MediaType type = response.getHeaders().getContentType();
                return new Resource(new String(body, StandardCharsets.UTF_8), type == null ? null : type.toString());
            });
        }
        catch (URISyntaxException ex) {
            throw new IOException("the key set URL is not a URI", ex);
        }
        catch (ResourceAccessException ex) {
            throw ex.getCause() instanceof IOException io ? io : new IOException(ex.getMessage(), ex);
        }
    }
}
