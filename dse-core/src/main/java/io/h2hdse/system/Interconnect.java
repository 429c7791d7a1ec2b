package io.h2hdse.system;

import java.util.List;
import java.util.Map;

/**
 * A star network: each accelerator has one link to the network and host memory. A transfer between
 * two accelerators crosses both links, so it runs at the slower one's bandwidth and pays both links'
 * energy, unless a pairwise override gives that pair its own link. Links have no contention.
 */
public record Interconnect(Map<String, Link> links, List<PairLink> overrides, double hostMemoryBytes) {
    /** A direct link between two accelerators, used in both directions. */
    public record PairLink(String a, String b, Link link) {
        boolean joins(String x, String y) {
            return (a.equals(x) && b.equals(y)) || (a.equals(y) && b.equals(x));
        }
    }

    public Interconnect {
        links = Map.copyOf(links);
        overrides = List.copyOf(overrides == null ? List.of() : overrides);
        if (!(hostMemoryBytes >= 0)) {
            throw new IllegalArgumentException("host memory must not be negative, got " + hostMemoryBytes);
        }
    }

    /** The accelerator's own link to the network and host. */
    public Link hostLink(String accelerator) {
        Link link = links.get(accelerator);
        if (link == null) {
            throw new IllegalArgumentException("no link for accelerator " + accelerator);
        }
        return link;
    }

    /** The effective link between two different accelerators. */
    public Link between(String from, String to) {
        for (PairLink pair : overrides) {
            if (pair.joins(from, to)) {
                return pair.link();
            }
        }
        Link a = hostLink(from);
        Link b = hostLink(to);
        return new Link(Math.min(a.bandwidthGBps(), b.bandwidthGBps()), a.energyPjPerByte() + b.energyPjPerByte());
    }
}
