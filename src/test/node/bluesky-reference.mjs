// Bluesky's own reading of drafts, for BlueskyDifferentialTest: reads a JSON array of texts on stdin and writes,
// for each, what @atproto/api makes of it: RichText's grapheme length and UTF-8 length, whether the post record
// validates (300 graphemes, 3,000 bytes), and the facets detectFacetsWithoutResolution finds, as UTF-16 spans.
import { AppBskyFeedPost, RichText } from '@atproto/api'

const chunks = []
for await (const chunk of process.stdin) chunks.push(chunk)
const texts = JSON.parse(Buffer.concat(chunks).toString('utf8'))

/** UTF-8 byte index to UTF-16 index, walking the text code point by code point. */
function utf16Index(text, byteIndex) {
  let bytes = 0
  let units = 0
  for (const ch of text) {
    if (bytes >= byteIndex) break
    bytes += Buffer.byteLength(ch, 'utf8')
    units += ch.length
  }
  return units
}

const results = texts.map((text) => {
  const rt = new RichText({ text })
  rt.detectFacetsWithoutResolution()
  const read = { hashtags: [], mentions: [], urls: [], cashtags: [] }
  for (const facet of rt.facets ?? []) {
    const offset = utf16Index(text, facet.index.byteStart)
    const span = { offset, length: utf16Index(text, facet.index.byteEnd) - offset }
    for (const feature of facet.features) {
      const type = feature.$type
      if (type === 'app.bsky.richtext.facet#mention') read.mentions.push({ value: feature.did, ...span })
      else if (type === 'app.bsky.richtext.facet#link') read.urls.push({ value: feature.uri, ...span })
      else if (type === 'app.bsky.richtext.facet#tag') {
        // cashtags ($AAPL) are tag facets too, written with a "$" where a hashtag has its "#" or "＃" (whose own
        // tag may start with "$": "#$"); Ricochet's network entities hold hashtags only
        if (text.startsWith('$', offset)) read.cashtags.push({ value: feature.tag, ...span })
        else read.hashtags.push({ value: feature.tag, ...span })
      }
    }
  }
  const record = { $type: 'app.bsky.feed.post', text, createdAt: '2026-12-01T12:00:00.000Z' }
  return {
    graphemes: rt.graphemeLength,
    bytes: rt.length,
    withinLimit: AppBskyFeedPost.validateRecord(record).success,
    ...read,
  }
})
process.stdout.write(JSON.stringify(results))
