package dev.burrow.application.fake;

import dev.burrow.application.mail.Mailer;

import java.util.ArrayList;
import java.util.List;

/** A mailer that keeps what it was asked to send, delivering or not as the test chooses. */
public final class RecordingMailer implements Mailer {

    private final List<Email> sent = new ArrayList<>();
    private volatile boolean delivers;

    public RecordingMailer(boolean delivers) {
        this.delivers = delivers;
    }

    public void delivers(boolean value) {
        delivers = value;
    }

    @Override
    public boolean deliversMail() {
        return delivers;
    }

    @Override
    public synchronized void send(Email email) {
        sent.add(email);
        notifyAll();
    }

    /**
     * The first message sent to {@code to} after {@code already} were, waiting up to {@code timeout} for it: mail
     * that leaves on a thread of its own arrives after the answer does.
     */
    public synchronized Email awaitTo(String to, int already, java.time.Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<Email> addressed = sent.stream().filter(email -> email.to().equals(to)).toList();
            if (addressed.size() > already) {
                return addressed.get(already);
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("nothing was sent to " + to + " within " + timeout + "; sent: " + sent);
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }

    public synchronized List<Email> sent() {
        return List.copyOf(sent);
    }

    /** The last message sent to {@code to}. */
    public synchronized Email lastTo(String to) {
        for (int i = sent.size() - 1; i >= 0; i--) {
            if (sent.get(i).to().equals(to)) {
                return sent.get(i);
            }
        }
        throw new AssertionError("nothing was sent to " + to + "; sent: " + sent);
    }
}
