package vn.ansinh.audit.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A value of an audit entry as stored when it holds a subject's personal data: {@code sealed:<subject>:<base64>},
 * AES-GCM with the subject's key and a fresh nonce. The subject is in the text so the reader knows the key to ask
 * for; GCM refuses a value altered in the table.
 */
public final class SealedValue {

    private static final String PREFIX = "sealed:";
    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private SealedValue() {
    }

    public static String seal(String subject, byte[] key, String json) {
        byte[] nonce = new byte[NONCE];
        RANDOM.nextBytes(nonce);
        byte[] sealed = crypt(Cipher.ENCRYPT_MODE, key, nonce, json.getBytes(StandardCharsets.UTF_8));
        return PREFIX + subject + ":" + Base64.getEncoder().encodeToString(ByteBuffer.allocate(NONCE + sealed.length)
                .put(nonce).put(sealed).array());
    }

    public static boolean isSealed(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }

    /** The subject a sealed value belongs to. */
    public static String subject(String stored) {
        return stored.substring(PREFIX.length(), stored.lastIndexOf(':'));
    }

    public static String open(byte[] key, String stored) {
        byte[] all = Base64.getDecoder().decode(stored.substring(stored.lastIndexOf(':') + 1));
        byte[] nonce = java.util.Arrays.copyOf(all, NONCE);
        byte[] sealed = java.util.Arrays.copyOfRange(all, NONCE, all.length);
        return new String(crypt(Cipher.DECRYPT_MODE, key, nonce, sealed), StandardCharsets.UTF_8);
    }

    private static byte[] crypt(int mode, byte[] key, byte[] nonce, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM with a 256-bit key is part of every Java runtime", e);
        }
    }
}
