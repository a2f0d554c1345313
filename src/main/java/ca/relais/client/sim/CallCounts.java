package ca.relais.client.sim;

/** How many calls of each kind the agents took in a run. */
public final class CallCounts {
    int lookups;
    int requests;
    int newCallers;
    int information;
    int notes;
    int kbSearches;

    /** Requests captured: new requests, information calls, and requests for new callers. */
    synchronized int captured() {
        return requests + information + newCallers;
    }

    synchronized void add(CallCounts o) {
        lookups += o.lookups;
        requests += o.requests;
        newCallers += o.newCallers;
        information += o.information;
        notes += o.notes;
        kbSearches += o.kbSearches;
    }
}
