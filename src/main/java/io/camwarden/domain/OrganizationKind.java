package io.camwarden.domain;

/** What an organisation is to the system; drives which role its users normally get. */
public enum OrganizationKind {
    /** Provincial IT security team: sets rules, sees everything. */
    REGULATOR,
    /** Police: read-only, by district. */
    POLICE,
    /** Trade inspectorate: vendors and models on the market. */
    INSPECTORATE,
    /** Internet service provider: notifies its subscribers. */
    ISP,
    /** Agency or business owning cameras. */
    OWNER,
    /** Household with a camera, usually under an ISP. */
    SUBSCRIBER
}
