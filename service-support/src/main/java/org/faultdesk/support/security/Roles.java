package org.faultdesk.support.security;

/**
 * The platform's roles, as the identity provider grants them (realm roles in the token). Every
 * endpoint names the roles it admits ({@code @RolesAllowed}); one that names none is refused
 * ({@code quarkus.security.jaxrs.deny-unannotated-endpoints}). The README's endpoint × role table
 * is the contract, and each service's {@code EndpointRolesTest} walks it.
 */
public final class Roles {

    /**
     * A call-centre agent, or a CRM integration: opens, reads, notes and cancels the tickets of
     * its own channel, the token's {@link #CHANNEL_CLAIM} (without it, none).
     */
    public static final String AGENT = "agent";
    /** A field technician: only the work orders assigned to the token's own user name. */
    public static final String TECHNICIAN = "technician";
    /** Keeps the technician registry: who works where, with which skills, on duty or not. */
    public static final String DISPATCHER = "dispatcher";
    /**
     * Receives escalations and acknowledges those routed to them; reads and changes the tickets
     * of their areas, the token's {@link #AREAS_CLAIM} (without it, none).
     */
    public static final String SUPERVISOR = "supervisor";
    /** An ops engineer: dead letters and parked outbox messages, read-only views of the pipeline. */
    public static final String OPS = "ops";
    /** Keeps the directory, rosters and policies. */
    public static final String ADMIN = "admin";
    /**
     * A service account that may read a ticket's customer contact (notification-service, to notify
     * the customer): granted to a client, never to a person.
     */
    public static final String CONTACT_READER = "contact-reader";

    /** The channel an agent works for (a ticket's {@code channel}): a user attribute or a client's fixed claim. */
    public static final String CHANNEL_CLAIM = "channel";
    /** The areas a supervisor looks after (tickets' {@code areaCode}): a list, or one string separated by spaces. */
    public static final String AREAS_CLAIM = "areas";

    private Roles() {
    }
}
