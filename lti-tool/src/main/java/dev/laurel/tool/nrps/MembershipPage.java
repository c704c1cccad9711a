package dev.laurel.tool.nrps;

import java.net.URI;
import java.util.List;

/**
 * One page of a membership container: its members, the next page and the {@code differences} link when given.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-nrps/v2p0#limit-query-parameter">NRPS §2.4.2 paging</a>
 * @see <a href="https://www.imsglobal.org/spec/lti-nrps/v2p0#membership-differences">NRPS §2.4.3 differences</a>
 */
public record MembershipPage(String contextId, List<Member> members, URI next, URI differences) {

    public MembershipPage {
        members = List.copyOf(members);
    }
}
