/**
 * The registers the regulator keeps for the checks (warned vendors for INV-05, the firmware register for FW-01,
 * the vendor register for FW-04): lists for every role, and for REGULATOR and ADMIN the forms that change them,
 * through the same services as the REST API.
 */
package io.camwarden.console.register;
