/**
 * The web console: server-rendered Thymeleaf pages with htmx for partial updates, Leaflet for the site map
 * and Chart.js for the dashboard, all served from webjars (nothing loads from another host).
 *
 * <p>The console is one more client of the registry. Reads go through the same REST controller methods as
 * {@code /api/v1} (filters, sort fields and validation are then identical by construction), writes through
 * the services, which enforce scope, read-only roles and the audit log. Every visible word comes from the
 * message bundles in {@code i18n/}: Vietnamese (the default), Persian (right to left) and English.
 */
package io.camwarden.console;
