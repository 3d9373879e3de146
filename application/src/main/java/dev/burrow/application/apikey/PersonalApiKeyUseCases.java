package dev.burrow.application.apikey;

import dev.burrow.application.organization.OrganizationDirectory;
import dev.burrow.application.transaction.TransactionRunner;

import java.time.Clock;
import java.util.random.RandomGenerator;

/** Builds the key management use case. */
public final class PersonalApiKeyUseCases {

    private PersonalApiKeyUseCases() {
    }

    public static PersonalApiKeyUseCase create(PersonalApiKeyRepository keys, OrganizationDirectory directory,
                                               TransactionRunner transactions, Clock clock, RandomGenerator random) {
        return new PersonalApiKeyService(keys, directory, transactions, clock, random);
    }
}
