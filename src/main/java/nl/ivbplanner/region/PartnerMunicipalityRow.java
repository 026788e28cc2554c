package nl.ivbplanner.region;

record PartnerMunicipalityRow(String municipality, long activities, long trekker, long regie, long betrokken) {}
