package org.thirdspace.application.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.Administrator;
import org.thirdspace.application.InvalidFields;
import org.thirdspace.application.audit.AdminAuditLog;
import org.thirdspace.application.safety.CurrentConduct;
import org.thirdspace.community.moderation.Conduct;
import org.thirdspace.community.moderation.ConductVersion;
import org.thirdspace.community.moderation.Conducts;
import org.thirdspace.community.organisation.DefaultsChoice;
import org.thirdspace.community.organisation.DefaultsForm;
import org.thirdspace.community.organisation.OrganisationDefaults;
import org.thirdspace.community.organisation.Organisations;
import org.thirdspace.community.organisation.OrganisationDefaultsStore;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * An administrator saves their organisation's defaults. Every field is checked first and all
 * problems are told at once, with nothing written; a new code of conduct becomes a new version of
 * the organisation's code (members of spaces without their own accept it again); the change is in
 * the admin audit log, value by value. Saving what is in force already changes nothing and records nothing.
 */
@ApplicationScoped
public class ChangeOrganisationDefaults {

    private OrganisationDefaultsStore store;
    private Organisations organisations;
    private DefaultsInForce inForce;
    private CurrentConduct currentConduct;
    private Conducts conducts;
    private AdminAuditLog audit;
    private ShowOrganisationDefaults show;

    protected ChangeOrganisationDefaults() {
    }

    @Inject
    public ChangeOrganisationDefaults(OrganisationDefaultsStore store, Organisations organisations, DefaultsInForce inForce,
                                      CurrentConduct currentConduct, Conducts conducts, AdminAuditLog audit, ShowOrganisationDefaults show) {
        this.store = store;
        this.organisations = organisations;
        this.inForce = inForce;
        this.currentConduct = currentConduct;
        this.conducts = conducts;
        this.audit = audit;
        this.show = show;
    }

    @Transactional
    public DefaultsView change(Administrator admin, UUID organisationId, DefaultsForm form, Instant now) {
        ShowOrganisationDefaults.requireScope(admin, organisationId);
        ShowOrganisationDefaults.requireExists(organisations, organisationId);
        List<DefaultsForm.FieldProblem> problems = form.problems();
        if (!problems.isEmpty()) {
            throw new InvalidFields(problems.stream().map(p -> new InvalidFields.Error(p.field(), p.message())).toList());
        }
        DefaultsChoice choice = form.choice();
        DefaultsInForce.InForce before = inForce.of(organisationId);
        List<String> changes = new ArrayList<>();
        if (before.reportThreshold() != choice.reportThreshold()) {
            changes.add("report threshold " + before.reportThreshold() + " → " + choice.reportThreshold());
        }
        if (before.digestDefault() != choice.digestDefault()) {
            changes.add("digest default " + lower(before.digestDefault()) + " → " + lower(choice.digestDefault()));
        }
        if (before.spaceCreation() != choice.spaceCreation()) {
            changes.add("space creation " + before.spaceCreation() + " → " + choice.spaceCreation());
        }
        Optional<OrganisationDefaults> saved = store.find(organisationId);
        if (saved.isEmpty()) {
            store.add(new OrganisationDefaults(organisationId, choice, admin.actor(), now));
            if (changes.isEmpty()) {
                changes.add("saved as the tool's settings were");
            }
        } else if (!changes.isEmpty()) {
            saved.get().change(choice, admin.actor(), now);
        }
        Conduct conduct = currentConduct.ofOrganisation(organisationId);
        String text = form.conductText();
        if (text != null && !text.equals(conduct.body().strip())) {
            int version = conduct.version() + 1;
            conducts.add(new ConductVersion(organisationId, null, version, text, admin.personId().orElse(null), now));
            changes.add("code of conduct version " + conduct.version() + " → " + version);
        }
        if (!changes.isEmpty()) {
            audit.record(admin, organisationId, "organisation.defaults", organisationId.toString(), String.join("; ", changes));
        }
        return show.show(admin, organisationId);
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
