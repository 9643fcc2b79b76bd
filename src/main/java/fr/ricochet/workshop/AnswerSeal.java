package fr.ricochet.workshop;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import fr.ricochet.report.ReportJson;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals a kept answer with AES-256-GCM under the request's {@link IdempotentRequest#sealKey()}: the answers to a
 * creation and a join hold the trainer's and the participant's tokens, of which the database otherwise keeps only
 * hashes. The row's lookup and the status are authenticated with it, so a sealed answer opens only where it was kept.
 */
final class AnswerSeal {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() { };

    private AnswerSeal() {
    }

    static String seal(Answer answer, IdempotentRequest request) {
        try {
            // The headers' JSON has no raw line break, so the first one ends it and the body follows as it is.
            byte[] plain = (ReportJson.mapper().writeValueAsString(answer.headers()) + "\n" + answer.body())
                    .getBytes(StandardCharsets.UTF_8);
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            byte[] sealed = cipher(Cipher.ENCRYPT_MODE, request, answer.status(), nonce).doFinal(plain);
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce)
                    .put(sealed).array());
        } catch (GeneralSecurityException | JsonProcessingException e) {
            throw new IllegalStateException("cannot seal an answer", e);
        }
    }

    static Answer open(int status, String sealed, IdempotentRequest request) {
        try {
            byte[] bytes = Base64.getDecoder().decode(sealed);
            byte[] nonce = Arrays.copyOf(bytes, NONCE_BYTES);
            String plain = new String(cipher(Cipher.DECRYPT_MODE, request, status, nonce)
                    .doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
            int end = plain.indexOf('\n');
            return new Answer(status, ReportJson.mapper().readValue(plain.substring(0, end), HEADERS),
                    plain.substring(end + 1));
        } catch (GeneralSecurityException | JsonProcessingException | IllegalArgumentException e) {
            // Only a damaged row can get here: the lookup that found it was made with the same key.
            throw new IllegalStateException("a kept answer does not open: " + e.getClass().getSimpleName());
        }
    }

    private static Cipher cipher(int mode, IdempotentRequest request, int status, byte[] nonce)
            throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(request.sealKey(), "AES"), new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(request.lookup());
        cipher.updateAAD(ByteBuffer.allocate(Integer.BYTES).putInt(status).array());
        return cipher;
    }
}
