package nl.ivbplanner.planview;

import java.time.OffsetDateTime;

record Verdict(String moment, String status, String resultText, String evaluatedBy, OffsetDateTime evaluatedAt) {}
