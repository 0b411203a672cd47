package org.matforge.models.lib.nn;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;

import org.matforge.commons.nn.Mlp;

/**
 * A network for the threads of one parallel draw: each piece of work gets a network no other thread is using at the
 * time — the network itself (locked) when there is one piece, else copies of it made on demand, one per thread that
 * works at once. A copy has the same parameters, so it computes the same outputs.
 */
public final class NetworkCopies {
    private final Mlp network;
    private final boolean copies;
    private final ConcurrentLinkedQueue<Mlp> idle = new ConcurrentLinkedQueue<>();

    /**
     * @param network the trained network (not changed)
     * @param parallel whether the work runs on several threads at once (then copies are used)
     */
    public NetworkCopies(Mlp network, boolean parallel) {
        this.network = network;
        this.copies = parallel;
    }

    /** @return {@code work}'s result on a network no other thread uses meanwhile */
    public <T> T apply(Function<Mlp, T> work) {
        if (!copies) {
            synchronized (network) {
                return work.apply(network);
            }
        }
        Mlp copy = idle.poll();
        if (copy == null) {
            synchronized (network) {
                copy = Mlp.wrap(network.network().clone());
            }
        }
        try {
            return work.apply(copy);
        } finally {
            idle.add(copy);
        }
    }
}
