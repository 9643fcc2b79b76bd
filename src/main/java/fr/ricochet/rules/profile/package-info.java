/**
 * A calibration profile: what one account's own history says about its audience (which features go with more
 * engagement, its best hours), written by an audit and read back by the advisor to adjust a tip's weight, its
 * thresholds and its posting windows for that account.
 */
package fr.ricochet.rules.profile;
