"""Attribution: who said what, to whom, directly or in reported speech."""
