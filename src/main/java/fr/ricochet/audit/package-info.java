/**
 * The audit of a whole account from its own export: every original post through the engine, the signals that
 * make an account read as a robot or a follower farm, an overall verdict, and a calibration of the tips on the
 * account's own engagement figures. Reads an {@link fr.ricochet.archive.AccountHistory}, answers an
 * {@link fr.ricochet.audit.AuditReport}; keeps nothing.
 */
package fr.ricochet.audit;
