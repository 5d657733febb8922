/**
 * The market view for trade inspectors and the regulator: per vendor and model in the caller's scope, how many
 * devices are in service, how many carry certificates of origin and quality and QCVN 135 conformity, how many
 * are past end of support, and which warned lists name the model. Downstream of the registry (the counts) and
 * of the checks (the warned lists and their matching, as INV-05 applies them).
 */
package io.camwarden.market;
