package dev.laurel.tool.launch;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.atomic.LongAdder;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.Timespan;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Benchmark probe: CPU time of the tool's request threads in {@code /lti/login} and {@code /lti/launch}, and apart
 * in the {@link LaunchCostFloors#REQUEST_PATH floor request}.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
public final class LaunchCpuMeter extends OncePerRequestFilter {

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final LongAdder cpuNanos = new LongAdder();
    private final LongAdder launches = new LongAdder();
    private final LongAdder floorCpuNanos = new LongAdder();
    private final LongAdder floorRequests = new LongAdder();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI();
        boolean floor = path.equals(LaunchCostFloors.REQUEST_PATH);
        if (!floor && !path.startsWith("/lti/login") && !path.startsWith("/lti/launch")) {
            chain.doFilter(request, response);
            return;
        }
        MeasuredRequest event = new MeasuredRequest();
        event.begin();
        long start = threads.getCurrentThreadCpuTime();
        try {
            chain.doFilter(request, response);
        }
        finally {
            long cpu = threads.getCurrentThreadCpuTime() - start;
            if (floor) {
                floorCpuNanos.add(cpu);
                floorRequests.increment();
            }
            else {
                cpuNanos.add(cpu);
                if (path.startsWith("/lti/launch") && response.getStatus() == 303) {
                    launches.increment();
                }
            }
            event.path = path;
            event.cpuNanos = cpu;
            event.commit();
        }
    }

    /**
     * A JFR event around each measured request (begun before and committed after the CPU clock reads), so a
     * profile of a benchmark run ({@code -Dlaurel.bench.jvmArgs=-XX:StartFlightRecording=...}) can be restricted
     * to exactly the measured requests.
     */
    @Name("dev.laurel.bench.MeasuredRequest")
    @Label("Measured launch request")
    static final class MeasuredRequest extends Event {
        @Label("Path")
        String path;
        @Label("Thread CPU time")
        @Timespan(Timespan.NANOSECONDS)
        long cpuNanos;
    }

    void reset() {
        cpuNanos.reset();
        launches.reset();
    }

    long cpuNanos() {
        return cpuNanos.sum();
    }

    long launches() {
        return launches.sum();
    }

    /** CPU microseconds per floor request since the last {@link #resetFloor}. */
    double floorCpuMicrosEach() {
        return floorCpuNanos.sum() / 1e3 / Math.max(1, floorRequests.sum());
    }

    void resetFloor() {
        floorCpuNanos.reset();
        floorRequests.reset();
    }
}
