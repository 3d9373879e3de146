package dev.burrow.application.contract;

import dev.burrow.application.scene.ScenePersonalisationRepository;
import dev.burrow.domain.dashboard.Dashboard;
import dev.burrow.domain.organization.Organization;
import dev.burrow.domain.organization.Project;
import dev.burrow.domain.scene.ScenePersonalisation;
import dev.burrow.domain.user.User;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link ScenePersonalisationRepository} must do. */
public abstract class ScenePersonalisationRepositoryContract extends PersistenceContract {

    @Test
    void a_save_per_user_project_and_scene_replaces_in_place() {
        User ada = data.user("ada@example.com");
        User bob = data.user("bob@example.com");
        Organization acme = data.organization("Acme");
        Project web = data.project(acme, "Web");
        Project app = data.project(acme, "App");
        Dashboard overview = data.dashboard(web, "Overview");
        Dashboard people = data.dashboard(web, "People");
        Dashboard appHome = data.dashboard(app, "Home");
        ScenePersonalisationRepository scenes = persistence.scenes();

        scenes.save(new ScenePersonalisation(ada.id(), web.id(), "Person", overview.id()));
        scenes.save(new ScenePersonalisation(ada.id(), web.id(), "Group", overview.id()));
        scenes.save(new ScenePersonalisation(ada.id(), app.id(), "Person", appHome.id()));
        scenes.save(new ScenePersonalisation(bob.id(), web.id(), "Person", overview.id()));
        scenes.save(new ScenePersonalisation(ada.id(), web.id(), "Person", people.id()));

        var found = scenes.ofUsers(List.of(ada.id(), bob.id(), data.user("cyd@example.com").id()));
        assertThat(found).containsOnlyKeys(ada.id(), bob.id());
        assertThat(found.get(ada.id())).containsExactly(
                new ScenePersonalisation(ada.id(), web.id(), "Person", people.id()),
                new ScenePersonalisation(ada.id(), web.id(), "Group", overview.id()),
                new ScenePersonalisation(ada.id(), app.id(), "Person", appHome.id()));
        assertThat(found.get(bob.id())).containsExactly(
                new ScenePersonalisation(bob.id(), web.id(), "Person", overview.id()));
    }
}
