package dev.laurel.tool.deeplinking;

import dev.laurel.tool.LaurelProperties;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** What Laurel offers to place in a course: for now its badge hub, which launches onto the course page. */
@Component
public class DeepLinkingOffers {

    public static final String BADGE_HUB = "badge-hub";

    private final LaurelProperties properties;

    public DeepLinkingOffers(LaurelProperties properties) {
        this.properties = properties;
    }

    /** The offers, by id. */
    public List<Offer> all() {
        return List.of(new Offer(BADGE_HUB, new LtiResourceLinkItem("Laurel badge hub",
                "Earn and share Open Badges for this course.", properties.baseUrl() + "/course")));
    }

    public Optional<Offer> find(String id) {
        return all().stream().filter(offer -> offer.id().equals(id)).findFirst();
    }

    /** One thing to place, with the content item it becomes. */
    public record Offer(String id, LtiResourceLinkItem item) {
    }
}
