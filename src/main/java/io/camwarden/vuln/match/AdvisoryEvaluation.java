package io.camwarden.vuln.match;

import io.camwarden.domain.vuln.MatchStep;

/** What one advisory that covers a device says of it, its step for the explanation, and why in words. */
record AdvisoryEvaluation(AdvisoryRule rule, Truth truth, MatchStep step, String why) {
}
