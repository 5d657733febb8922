package io.camwarden.notify;

import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Sends one plain-text e-mail through the SMTP server of the settings (Angus Mail). Without
 * {@code camwarden.smtp.host} nothing is sent and notices stay NOT_SENT, which GOV-04 reports once their SLA
 * passes. Timeouts keep a dead server from holding the sender.
 */
@Component
public class SmtpMailer {

    private static final String TIMEOUT_MS = "20000";

    private final String host;
    private final int port;
    private final String user;
    private final String password;
    private final String from;
    private final boolean startTls;

    public SmtpMailer(@Value("${camwarden.smtp.host:}") String host, @Value("${camwarden.smtp.port:25}") int port,
                      @Value("${camwarden.smtp.user:}") String user, @Value("${camwarden.smtp.password:}") String password,
                      @Value("${camwarden.smtp.from:camwarden@localhost}") String from,
                      @Value("${camwarden.smtp.starttls:false}") boolean startTls) {
        this.host = host == null ? "" : host.strip();
        this.port = port;
        this.user = user == null ? "" : user.strip();
        this.password = password == null ? "" : password;
        this.from = from;
        this.startTls = startTls;
    }

    public boolean configured() {
        return !host.isEmpty();
    }

    /** "mail.example:587": for logs. */
    public String server() {
        return host + ":" + port;
    }

    public void send(String to, String subject, String body) throws MessagingException {
        Properties p = new Properties();
        p.put("mail.smtp.host", host);
        p.put("mail.smtp.port", String.valueOf(port));
        p.put("mail.smtp.connectiontimeout", TIMEOUT_MS);
        p.put("mail.smtp.timeout", TIMEOUT_MS);
        p.put("mail.smtp.writetimeout", TIMEOUT_MS);
        if (startTls) {
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
        }
        Authenticator auth = null;
        if (!user.isEmpty()) {
            p.put("mail.smtp.auth", "true");
            auth = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user, password);
                }
            };
        }
        MimeMessage m = new MimeMessage(Session.getInstance(p, auth));
        m.setFrom(new InternetAddress(from));
        m.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
        m.setSubject(subject, StandardCharsets.UTF_8.name());
        m.setText(body, StandardCharsets.UTF_8.name());
        m.setSentDate(new Date());
        Transport.send(m);
    }
}
