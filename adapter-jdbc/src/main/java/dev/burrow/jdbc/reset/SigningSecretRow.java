package dev.burrow.jdbc.reset;

import dev.burrow.application.reset.SigningSecrets;

/** One row of {@code signing_secrets}. */
record SigningSecretRow(String purpose, String currentSecret, String previousSecret) {

    SigningSecrets toSecrets() {
        return new SigningSecrets(currentSecret, previousSecret);
    }

    /** Never print a secret by accident. */
    @Override
    public String toString() {
        return "SigningSecretRow[purpose=" + purpose + ", currentSecret=***, previousSecret=***]";
    }
}
