package org.faultdesk.support.admin;

import org.faultdesk.support.problem.ProblemException;

/** How many entries an admin listing may return: enough to see a pattern, bounded for the service's sake. */
final class ListLimit {

    static final int MAX = 1000;

    private ListLimit() {
    }

    static int checked(int limit) {
        if (limit < 1 || limit > MAX) {
            throw new ProblemException(400, "invalid-limit", "Invalid limit", "limit must be 1 to " + MAX + ", was " + limit);
        }
        return limit;
    }
}
