package dev.laurel.tool.registration;

import java.time.Duration;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.Timeout;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.util.Assert;

/**
 * The HTTP clients of every call Laurel makes to a platform: Dynamic Registration, key sets (launch validation),
 * service tokens, AGS and NRPS. Each is an Apache HttpClient 5 (classic, blocking I/O on the calling thread) whose
 * DNS resolver is the {@link PlatformAddressPolicy}: the client connects only to the addresses the policy resolved
 * and allowed, so the address checked is the address connected to, redirects included. No retries, cookies or
 * proxy of its own (the platform layer retries, honouring {@code Retry-After}).
 * <p>
 * Limits: a host given as an IP literal is checked as that address; a proxy, were one configured on these
 * clients, would be the address checked, not the platform behind it; and "public" is judged by address ranges
 * (RFC 6890 and friends), so a public address that routes into Laurel's own network (a NAT hairpin, a cloud
 * provider's public endpoint of an internal service) passes. Calls made outside these clients are not covered.
 */
public final class PlatformConnections {

    private final PlatformAddressPolicy addresses;

    public PlatformConnections(PlatformAddressPolicy addresses) {
        Assert.notNull(addresses, "addresses cannot be null");
        this.addresses = addresses;
    }

    /** A request factory with its own pool of kept-alive connections, each made through the address policy. */
    public HttpComponentsClientHttpRequestFactory requestFactory(Settings settings) {
        PoolingHttpClientConnectionManager connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setDnsResolver(addresses)
                .setMaxConnPerRoute(settings.maxConnectionsPerRoute())
                .setMaxConnTotal(settings.maxConnectionsPerRoute() * 4)
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(settings.connectTimeout()))
                        .setSocketTimeout(Timeout.of(settings.readTimeout()))
                        .build())
                .build();
        HttpClientBuilder client = HttpClients.custom()
                .setConnectionManager(connections)
                .disableAutomaticRetries()
                .disableCookieManagement();
        if (settings.maxRedirects() == 0) {
            client.disableRedirectHandling();
        }
        else {
            client.setDefaultRequestConfig(RequestConfig.custom().setRedirectsEnabled(true)
                    .setMaxRedirects(settings.maxRedirects()).build());
        }
        HttpComponentsClientHttpRequestFactory factory = new HttpComponentsClientHttpRequestFactory(client.build());
        factory.setReadTimeout(settings.readTimeout());
        return factory;
    }

    /**
     * How one kind of platform call connects.
     *
     * @param connectTimeout how long a connection may take
     * @param readTimeout how long the platform may stay silent while answering
     * @param maxConnectionsPerRoute connections kept to one platform host (four times as many in all)
     * @param maxRedirects redirects followed, each connection again through the policy; 0 follows none
     */
    public record Settings(Duration connectTimeout, Duration readTimeout, int maxConnectionsPerRoute, int maxRedirects) {

        public Settings {
            Assert.notNull(connectTimeout, "connectTimeout cannot be null");
            Assert.notNull(readTimeout, "readTimeout cannot be null");
            Assert.isTrue(maxConnectionsPerRoute > 0, "maxConnectionsPerRoute must be positive");
            Assert.isTrue(maxRedirects >= 0, "maxRedirects cannot be negative");
        }
    }
}
