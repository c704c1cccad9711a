package dev.laurel.testsupport;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hc.client5.http.DnsResolver;

/**
 * A DNS that answers every host with {@code first} once, then with {@code later} (the DNS rebinding an attacker's
 * name server plays): a check that resolves before the call sees the first answer, the connection the later one.
 */
public final class RebindingDnsResolver implements DnsResolver {

    private final InetAddress first;

    private final InetAddress later;

    private final AtomicInteger answers = new AtomicInteger();

    public RebindingDnsResolver(String first, String later) {
        this.first = literal(first);
        this.later = literal(later);
    }

    /** Always the same answer. */
    public static RebindingDnsResolver constant(String address) {
        return new RebindingDnsResolver(address, address);
    }

    @Override
    public InetAddress[] resolve(String host) {
        return new InetAddress[] {answers.getAndIncrement() == 0 ? first : later};
    }

    @Override
    public String resolveCanonicalHostname(String host) {
        return host;
    }

    /** How many times a host was resolved. */
    public int answers() {
        return answers.get();
    }

    private static InetAddress literal(String address) {
        try {
            return InetAddress.getByName(address);
        }
        catch (UnknownHostException ex) {
            throw new IllegalArgumentException(address + " is not an IP literal", ex);
        }
    }

    @Override
    public String toString() {
        return "RebindingDnsResolver" + List.of(first.getHostAddress(), later.getHostAddress());
    }
}
