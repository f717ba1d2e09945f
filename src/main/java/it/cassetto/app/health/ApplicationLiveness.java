package it.cassetto.app.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Live while the application is deployed and its JVM has some heap left to work with. */
@Liveness
@ApplicationScoped
public class ApplicationLiveness implements HealthCheck {

    private static final double MAX_HEAP_USE = 0.95;

    @Override
    public HealthCheckResponse call() {
        Runtime runtime = Runtime.getRuntime();
        long used = runtime.totalMemory() - runtime.freeMemory();
        double share = (double) used / runtime.maxMemory();
        return HealthCheckResponse.named("application")
                .status(share < MAX_HEAP_USE)
                .withData("heapUsedMiB", used / (1024 * 1024))
                .withData("heapMaxMiB", runtime.maxMemory() / (1024 * 1024))
                .build();
    }
}
