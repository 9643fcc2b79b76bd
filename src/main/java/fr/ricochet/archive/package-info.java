/**
 * Reading an account's own data export (an X or Mastodon archive, a Bluesky repository, a LinkedIn export, a
 * neutral CSV or JSONL file) into an {@link fr.ricochet.archive.AccountHistory}: streamed, in memory, within
 * {@link fr.ricochet.archive.ArchiveLimits}, nothing written anywhere.
 */
package fr.ricochet.archive;
