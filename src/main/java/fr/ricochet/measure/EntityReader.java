package fr.ricochet.measure;

/** One network's way of reading hashtags, mentions and links, given what the neutral extraction found. */
interface EntityReader {

    NetworkEntities read(String text, Extraction found);
}
