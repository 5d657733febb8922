package io.camwarden.console;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Says in the reader's language what the services report in English ("is required", "'zz' is not a MAC
 * address…"). The services speak English to every client; the console recognises their common messages,
 * keeps the values they quote, and shows anything it does not recognise as the service wrote it, so no
 * detail is ever lost. Templates call it as {@code ${@say.text(m)}}.
 */
@Component("say")
public class ServiceMessages {

    private record Rule(Pattern pattern, String key) {
    }

    private static final List<Rule> RULES = new ArrayList<>();

    static {
        // registry services
        rule("is required(?:: .*)?", "svc.required");
        rule("is longer than (\\d+) characters", "svc.tooLong");
        rule("a device needs a serial or a MAC address to be identified", "svc.needsIdentity");
        rule("'(.*)' is not a MAC address.*", "svc.notMac");
        rule("'(.*)' is not an IP address.*", "svc.notIp");
        rule("'(.*)' has a bad prefix length.*", "svc.badPrefix");
        rule("'(.*)' has host bits set.*", "svc.hostBits");
        rule("'(.*)' is not a port(?: number|: use 1 to 65535)", "svc.notPort");
        rule("at most (\\d+) addresses per device", "svc.tooManyAddresses");
        rule("at most (\\d+) tags per device", "svc.tooManyTags");
        rule("a tag is longer than (\\d+) characters", "svc.tagTooLong");
        rule("is before installedOn", "svc.beforeInstalled");
        rule("is before lastAssessmentOn", "svc.beforeLastAssessment");
        rule("organization (\\d+) not found", "svc.organizationNotFound");
        rule("site (\\d+) not found", "svc.siteNotFound");
        rule("information system (\\d+) not found", "svc.systemNotFound");
        rule("you may register devices only for SUBSCRIBER organizations", "svc.subscribersOnly");
        rule("give latitude and longitude together", "svc.latitudeLongitude");
        rule("must be between (-?\\d+) and (-?\\d+)", "svc.between");
        rule("must be 1 to 5", "svc.level");
        rule("is in the future", "svc.future");
        rule("'(.*)' is not an e-mail address", "svc.notEmail");
        rule("is empty: give at least a name, e-mail, phone or address", "svc.emptyContact");
        rule("an organization cannot be its own parent", "svc.ownParent");
        rule("an organization cannot be moved below itself", "svc.belowItself");
        rule("role (\\w+) is read-only", "svc.readOnly");
        rule("device (\\d+) was changed by someone else .*", "svc.stale");
        // accounts
        rule("3 to 100 letters, digits or \\. _ @ -", "svc.username");
        rule("must be at least (\\d+) characters", "svc.minLength");
        rule("a POLICE user needs at least one district", "svc.policeDistricts");
        rule("only POLICE and INSPECTOR users are limited by district", "svc.districtsOnlyPolice");
        rule("is required for (\\w+) users: .*", "svc.organizationRequired");
        rule("an ISP user must belong to an organization of kind ISP", "svc.ispOrganization");
        rule("an OWNER user must belong to an OWNER or SUBSCRIBER organization", "svc.ownerOrganization");
        rule("does not match your current password", "svc.currentPassword");
        rule("user name '(.*)' is taken", "svc.usernameTaken");
        rule("you cannot disable yourself or drop your own ADMIN role", "svc.ownAdmin");
        rule("only ADMIN users manage accounts", "svc.adminOnly");
        rule("only ADMIN and REGULATOR users read the audit log", "svc.auditorsOnly");
        rule("is required \\(up to 200 characters\\), e\\.g\\. 'prometheus'", "svc.tokenName");
        rule("must be 1 or more, or empty for no expiry", "svc.validDays");
        rule("give at least 2 characters to search for", "svc.searchTooShort");
        // owner questionnaire
        rule("'(.*)' is not yes or no", "svc.notYesNo");
        rule("'(.*)' is not a whole number of .*", "svc.notCount");
        rule("'(.*)' is not one of .*", "svc.notChoice");
        rule("is required for question .*", "svc.evidenceRequired");
        rule("is required to reject an answer: .*", "svc.rejectNote");
        // the registers the regulator keeps (warned vendors, firmware, vendors)
        rule("only REGULATOR and ADMIN users may change the (?:warned-vendor lists|firmware register|vendor register);"
                + " your role is (\\w+)", "svc.regulatorOnly");
        rule("'(.*)' is not a brand name: .*", "svc.notBrand");
        rule("must be 1 to 5, or empty for every level", "svc.levelOrEmpty");
        rule("'(.*)' cannot be put in order with other versions: .*", "svc.versionOrder");
        rule("is in the future \\((.*)\\): give the day the vendor published it", "svc.futureDay");
        rule("version '(.*)' of '(.*)' is already in the firmware register as entry (\\d+).*", "svc.firmwareTaken");
        rule("'(.*)' is already in the vendor register as entry (\\d+).*", "svc.vendorTaken");
        rule("warned-vendor entry (\\d+) was already retired on (\\S+) by (.*)", "svc.alreadyRetired");
        // the console's own (FormValues, forms)
        rule("'(.*)' is not a record number", "svc.notRecordNumber");
        rule("'(.*)' is not a whole number", "svc.notWholeNumber");
        rule("'(.*)' is not a number", "svc.notNumber");
        rule("'(.*)' is not a date: use YYYY-MM-DD", "svc.notDate");
        rule("does not match the new password: type it again", "svc.repeatPassword");
        rule("choose a CSV or JSON file to upload", "svc.chooseFile");
        rule("this upload is no longer waiting .*", "svc.uploadGone");
    }

    private static void rule(String regex, String key) {
        RULES.add(new Rule(Pattern.compile(regex, Pattern.DOTALL), key));
    }

    /** The message keys the rules use, for the bundle test. */
    static List<String> keys() {
        return RULES.stream().map(Rule::key).toList();
    }

    private final MessageSource messages;

    public ServiceMessages(MessageSource messages) {
        this.messages = messages;
    }

    /** The message in the reader's language, or as the service wrote it if it is not one the console knows. */
    public String text(String message) {
        if (message == null) {
            return null;
        }
        for (Rule r : RULES) {
            Matcher m = r.pattern().matcher(message.strip());
            if (m.matches()) {
                Object[] args = new Object[m.groupCount()];
                for (int i = 0; i < args.length; i++) {
                    args[i] = m.group(i + 1);
                }
                return messages.getMessage(r.key(), args, message, LocaleContextHolder.getLocale());
            }
        }
        return message;
    }
}
