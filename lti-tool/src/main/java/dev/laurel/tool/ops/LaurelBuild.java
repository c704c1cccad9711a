package dev.laurel.tool.ops;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.stereotype.Component;

/** The build this instance runs, as shown in every page's footer ({@code ${@laurelBuild.summary()}}). */
@Component("laurelBuild")
public final class LaurelBuild {

    private static final DateTimeFormatter BUILT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final String summary;

    public LaurelBuild(ObjectProvider<BuildProperties> buildProperties) {
        BuildProperties build = buildProperties.getIfAvailable();
        this.summary = build == null ? "Laurel (development build)"
                : "Laurel " + build.getVersion() + " · built " + BUILT.format(build.getTime());
    }

    public String summary() {
        return summary;
    }
}
