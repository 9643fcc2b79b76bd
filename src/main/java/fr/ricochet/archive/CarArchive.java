package fr.ricochet.archive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import fr.ricochet.value.NetworkId;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/**
 * Bluesky's "Export my data": a CAR v1 file, a header (a varint length, then a DAG-CBOR map with {@code version}
 * 1 and {@code roots}) and blocks (a varint length, a CID, then the data). Each DAG-CBOR block is read with
 * jackson-dataformat-cbor (CIDs inside are byte strings under tag 42, which are not needed here); the records kept
 * are posts, reposts and follows, the repository's commit gives the account's DID. Bluesky keeps no engagement in
 * the repository, and who follows the account lives in other people's repositories.
 */
final class CarArchive {

    /** Bluesky caps a record at about 1 MB; blobs are not in the export. A larger block is a damaged file. */
    private static final int MAX_BLOCK = 8 << 20;
    private static final int MAX_HEADER = 1 << 16;
    private static final ObjectMapper CBOR = new ObjectMapper(new CBORFactory());

    private final String file;
    private final PostCollector posts;
    private final BlueskyRecords records;

    CarArchive(String file, PostCollector posts) {
        this.file = file;
        this.posts = posts;
        this.records = new BlueskyRecords(file, posts);
    }

    AccountHistory read(InputStream car) throws IOException, ArchiveException {
        // counted only for the offsets a message points at: the limit is the caller's
        RawInput in = new RawInput(car, file, Long.MAX_VALUE);
        readHeader(in);
        long start = in.count();
        for (int first = in.read(); first >= 0; first = in.read()) {
            readBlock(in, start, first);
            start = in.count();
        }
        return new AccountHistory(ArchiveFormat.BLUESKY, NetworkId.of("bluesky"), records.did(), posts.posts(),
                records.follows(), posts.skipped());
    }

    private void readHeader(InputStream in) throws IOException, ArchiveException {
        int first = in.read();
        long length = first < 0 ? 0 : varint(in, first, -1);
        if (length <= 0 || length > MAX_HEADER) {
            throw Problems.badCarHeader(file, "sa longueur (" + length + " octets) n'est pas celle d'un en-tête",
                    "its length (" + length + " bytes) is not a header's");
        }
        byte[] header = in.readNBytes((int) length);
        if (header.length < length) {
            throw Problems.badCarHeader(file, "le fichier s'arrête au milieu de l'en-tête",
                    "the file ends in the middle of the header");
        }
        JsonNode map = cbor(header, 0);
        if (map == null || !map.isObject()) {
            throw Problems.badCarHeader(file, "l'en-tête n'est pas une table DAG-CBOR", "the header is not a DAG-CBOR map");
        }
        if (map.path("version").asInt(-1) != 1) {
            throw Problems.badCarHeader(file, "sa version est " + map.path("version") + " (seule la version 1 est lue)",
                    "its version is " + map.path("version") + " (only version 1 is read)");
        }
        if (!map.path("roots").isArray()) {
            throw Problems.badCarHeader(file, "il n'a pas de roots", "it has no roots");
        }
    }

    private void readBlock(InputStream in, long start, int first) throws IOException, ArchiveException {
        long length = varint(in, first, start);
        if (length <= 0 || length > MAX_BLOCK) {
            throw Problems.badCarBlock(file, start, "sa longueur annoncée (" + length + " octets) est impossible",
                    "its announced length (" + length + " bytes) is impossible");
        }
        byte[] block = in.readNBytes((int) length);
        if (block.length < length) {
            throw Problems.badCarBlock(file, start, "il est coupé (" + block.length + " octets sur " + length + ")",
                    "it is cut short (" + block.length + " bytes of " + length + ")");
        }
        Cid cid;
        try {
            cid = Cid.read(block);
        } catch (IllegalArgumentException unreadable) {
            throw Problems.badCarBlock(file, start, "son identifiant (CID) est illisible", "its identifier (CID) is unreadable");
        }
        if (cid.codec() != Cid.DAG_CBOR) {
            return;
        }
        JsonNode data = cbor(block, cid.length());
        if (data == null) {
            throw Problems.badCarBlock(file, start, "ses données ne sont pas du DAG-CBOR", "its data is not DAG-CBOR");
        }
        records.read(data, cid.text());
    }

    /** The CBOR value in {@code bytes} from {@code from} on, or null when it is not CBOR. */
    private static JsonNode cbor(byte[] bytes, int from) {
        try {
            return CBOR.readTree(bytes, from, bytes.length - from);
        } catch (IOException notCbor) {
            return null;
        }
    }

    /** A length; {@code blockStart} is where its block starts, or -1 for the header's. */
    private long varint(InputStream in, int first, long blockStart) throws IOException, ArchiveException {
        try {
            return Varint.read(first, in);
        } catch (IllegalArgumentException | EOFException unreadable) {
            if (blockStart < 0) {
                throw Problems.badCarHeader(file, "sa longueur est illisible", "its length is unreadable");
            }
            throw Problems.badCarBlock(file, blockStart, "sa longueur est illisible", "its length is unreadable");
        }
    }
}
