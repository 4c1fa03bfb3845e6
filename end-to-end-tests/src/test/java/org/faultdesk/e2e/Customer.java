package org.faultdesk.e2e;

import java.util.concurrent.atomic.AtomicLong;

/** A customer's contact as the call centre enters it; unique per test so deliveries can be counted. */
record Customer(String name, String phone, String email) {

    private static final AtomicLong NEXT_PHONE = new AtomicLong(13700000000L);

    static Customer named(String name, String mailbox) {
        return new Customer(name, Long.toString(NEXT_PHONE.incrementAndGet()), mailbox + "@customer.e2e.example");
    }
}
