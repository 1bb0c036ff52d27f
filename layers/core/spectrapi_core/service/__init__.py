"""One function per operation, taking ports and returning models; no HTTP and no AWS here."""
