/**
 * The typed values every step shares: a network's id, a draft's language, the language a request asks for, an
 * audience. They depend on nothing else in Ricochet, so that the request, the rules and each step can use them
 * without reaching one another; a network id, a draft language and an audience are never taken for another string.
 */
package fr.ricochet.value;
