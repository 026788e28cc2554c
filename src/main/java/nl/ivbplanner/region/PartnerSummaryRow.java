package nl.ivbplanner.region;

record PartnerSummaryRow(
        String key, String name, String municipalities, long activities, long trekker, long regie, long betrokken) {}
