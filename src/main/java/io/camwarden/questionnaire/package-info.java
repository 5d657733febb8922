/**
 * The owner questionnaire: questions shipped in the jar ({@code checks/questionnaire-1.csv}) that decide the
 * checks no probe can observe (lockout settings, MFA, log retention, where recordings are stored…), answered
 * per information system with evidence, valid until the next periodic assessment (or a year), and reviewed
 * by the regulator.
 */
package io.camwarden.questionnaire;
