"""Reports: one neutral document tree per report, rendered to DOCX, PDF and XLSX. No Qt here."""
