package dev.burrow.bootstrap.walls;

import java.util.Map;
import java.util.function.Supplier;

/** Use cases that take the wire's {@code Map} in each way the architecture test must catch, and one that does not. */
public final class MapTakingUseCases {

    private MapTakingUseCases() {
    }

    public interface BodyUseCase {
        void save(Map<String, ?> body);
    }

    public interface SuppliedBodyUseCase {
        void save(Supplier<Map<String, ?>> body);
    }

    public interface CommandUseCase {
        void run(Command command);

        record Command(String lookup, Map<String, ?> body) {
        }
    }

    public interface TypedUseCase {
        void run(String lookup, Supplier<String> name);
    }
}
