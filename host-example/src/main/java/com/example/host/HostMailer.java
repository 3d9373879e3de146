package com.example.host;

import dev.burrow.application.mail.Mailer;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** One of burrow's ports owned by the host: its mail goes to the host's outbox instead of burrow's log line. */
public final class HostMailer implements Mailer {

    private final List<Email> outbox = new CopyOnWriteArrayList<>();

    @Override
    public boolean deliversMail() {
        return true;
    }

    @Override
    public void send(Email email) {
        outbox.add(email);
    }

    public List<Email> outbox() {
        return List.copyOf(outbox);
    }
}
