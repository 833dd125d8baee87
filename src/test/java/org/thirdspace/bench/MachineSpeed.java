package org.thirdspace.bench;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;

/**
 * A yardstick for the machine's speed at the time of a run: the time of one RSA-2048 SHA-256
 * signature on one thread (the mean over the fastest of five batches). On a shared virtual machine
 * the same code runs up to half as fast at some hours as at others, and every figure of a run moves
 * with it; this one says by how much.
 */
final class MachineSpeed {

    private MachineSpeed() {
    }

    static double rsaSignatureMillis() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair keys = generator.generateKeyPair();
            byte[] message = new byte[1024];
            sign(keys, message, 300); // JIT
            // The fastest of five batches: a batch that shares the cores with a server still compiling
            // (the launch benchmark's first measurement comes straight after the start) says how busy
            // the machine was, not how fast it is.
            int rounds = 100;
            double best = Double.MAX_VALUE;
            for (int batch = 0; batch < 5; batch++) {
                long start = System.nanoTime();
                sign(keys, message, rounds);
                best = Math.min(best, (System.nanoTime() - start) / 1e6 / rounds);
            }
            return best;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sign(KeyPair keys, byte[] message, int rounds) throws GeneralSecurityException {
        for (int i = 0; i < rounds; i++) {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(keys.getPrivate());
            signature.update(message);
            signature.sign();
        }
    }
}
