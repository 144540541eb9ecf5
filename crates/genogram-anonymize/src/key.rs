//! The secret key, and the values derived from it.
//!
//! Everything the anonymiser invents (ids, pseudonyms, the date offset) is derived from the
//! key with HMAC-SHA256 and the original value it stands for. The same key therefore gives the
//! same pseudonym to the same person in every later version of the file, and without the key
//! nothing can be traced back.

use std::fmt;

use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;

/// The shortest secret accepted, in bytes.
///
/// ```
/// let secret = "x".repeat(genogram_anonymize::MIN_KEY_BYTES);
/// assert!(genogram_anonymize::Key::from_secret(&secret).is_ok());
/// ```
pub const MIN_KEY_BYTES: usize = 16;

/// A secret the user keeps, from which pseudonyms and the date offset are derived.
///
/// ```
/// use genogram_anonymize::Key;
/// let key = Key::from_secret("correct horse battery staple")?;
/// let again = Key::from_secret("correct horse battery staple\n")?;
/// assert_eq!(key, again); // surrounding white space does not count
/// assert!(Key::from_secret("short").is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct Key(Vec<u8>);

/// Why a key was refused.
///
/// ```
/// let err = genogram_anonymize::Key::from_secret("too short").unwrap_err();
/// assert!(err.to_string().contains("at least 16"));
/// ```
#[derive(Debug, thiserror::Error)]
#[error(
    "the key is {0} bytes long; it must be at least 16 (a key file made by `genogram anonymize --key` has 64)"
)]
pub struct KeyError(usize);

impl Key {
    /// A key from secret text (a key file's contents, or a long passphrase), trimmed of
    /// surrounding white space.
    ///
    /// ```
    /// assert!(genogram_anonymize::Key::from_secret("  a passphrase of some length  ").is_ok());
    /// ```
    pub fn from_secret(text: &str) -> Result<Self, KeyError> {
        let text = text.trim();
        if text.len() < MIN_KEY_BYTES {
            return Err(KeyError(text.len()));
        }
        Ok(Self(text.as_bytes().to_vec()))
    }

    /// A key from random bytes, as the text a key file holds (64 hexadecimal digits).
    ///
    /// ```
    /// let text = genogram_anonymize::Key::text_from_random(&[7; 32]);
    /// assert_eq!(text.len(), 64);
    /// assert!(genogram_anonymize::Key::from_secret(&text).is_ok());
    /// ```
    pub fn text_from_random(bytes: &[u8; 32]) -> String {
        bytes.iter().map(|b| format!("{b:02x}")).collect()
    }

    /// 32 bytes derived from the key for one purpose and one input.
    pub(crate) fn derive(&self, purpose: &str, input: &str) -> [u8; 32] {
        // A key of any length is accepted by HMAC; this cannot fail.
        let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(&self.0)
            .unwrap_or_else(|_| unreachable!("HMAC takes keys of any length"));
        mac.update(purpose.as_bytes());
        mac.update(&[0]);
        mac.update(input.as_bytes());
        mac.finalize().into_bytes().into()
    }

    /// A number derived from the key for one purpose and one input.
    pub(crate) fn number(&self, purpose: &str, input: &str) -> u64 {
        let bytes = self.derive(purpose, input);
        u64::from_le_bytes([
            bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
        ])
    }
}

impl fmt::Debug for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Never print the secret.
        f.write_str("Key(..)")
    }
}
