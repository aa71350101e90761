/**
 * OpenSABT. Generated from model/opensabt.ecore: do not edit, run ./opensabt codegen.
 */
package org.opensabt.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Recist Response</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * RECIST 1.1 response category.
 * <!-- end-model-doc -->
 * @see org.opensabt.model.ModelPackage#getRecistResponse()
 * @model
 * @generated
 */
public enum RecistResponse implements Enumerator {
	/**
	 * The '<em><b>COMPLETE RESPONSE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPLETE_RESPONSE_VALUE
	 * @generated
	 * @ordered
	 */
	COMPLETE_RESPONSE(0, "COMPLETE_RESPONSE", "CR"),

	/**
	 * The '<em><b>PARTIAL RESPONSE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARTIAL_RESPONSE_VALUE
	 * @generated
	 * @ordered
	 */
	PARTIAL_RESPONSE(1, "PARTIAL_RESPONSE", "PR"),

	/**
	 * The '<em><b>STABLE DISEASE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STABLE_DISEASE_VALUE
	 * @generated
	 * @ordered
	 */
	STABLE_DISEASE(2, "STABLE_DISEASE", "SD"),

	/**
	 * The '<em><b>PROGRESSIVE DISEASE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROGRESSIVE_DISEASE_VALUE
	 * @generated
	 * @ordered
	 */
	PROGRESSIVE_DISEASE(3, "PROGRESSIVE_DISEASE", "PD"),

	/**
	 * The '<em><b>NOT EVALUABLE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_EVALUABLE_VALUE
	 * @generated
	 * @ordered
	 */
	NOT_EVALUABLE(4, "NOT_EVALUABLE", "NE");

	/**
	 * The '<em><b>COMPLETE RESPONSE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPLETE_RESPONSE
	 * @model literal="CR"
	 * @generated
	 * @ordered
	 */
	public static final int COMPLETE_RESPONSE_VALUE = 0;

	/**
	 * The '<em><b>PARTIAL RESPONSE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARTIAL_RESPONSE
	 * @model literal="PR"
	 * @generated
	 * @ordered
	 */
	public static final int PARTIAL_RESPONSE_VALUE = 1;

	/**
	 * The '<em><b>STABLE DISEASE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STABLE_DISEASE
	 * @model literal="SD"
	 * @generated
	 * @ordered
	 */
	public static final int STABLE_DISEASE_VALUE = 2;

	/**
	 * The '<em><b>PROGRESSIVE DISEASE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROGRESSIVE_DISEASE
	 * @model literal="PD"
	 * @generated
	 * @ordered
	 */
	public static final int PROGRESSIVE_DISEASE_VALUE = 3;

	/**
	 * The '<em><b>NOT EVALUABLE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_EVALUABLE
	 * @model literal="NE"
	 * @generated
	 * @ordered
	 */
	public static final int NOT_EVALUABLE_VALUE = 4;

	/**
	 * An array of all the '<em><b>Recist Response</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final RecistResponse[] VALUES_ARRAY =
		new RecistResponse[] {
			COMPLETE_RESPONSE,
			PARTIAL_RESPONSE,
			STABLE_DISEASE,
			PROGRESSIVE_DISEASE,
			NOT_EVALUABLE,
		};

	/**
	 * A public read-only list of all the '<em><b>Recist Response</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<RecistResponse> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Recist Response</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RecistResponse get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RecistResponse result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Recist Response</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RecistResponse getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RecistResponse result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Recist Response</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RecistResponse get(int value) {
		switch (value) {
			case COMPLETE_RESPONSE_VALUE: return COMPLETE_RESPONSE;
			case PARTIAL_RESPONSE_VALUE: return PARTIAL_RESPONSE;
			case STABLE_DISEASE_VALUE: return STABLE_DISEASE;
			case PROGRESSIVE_DISEASE_VALUE: return PROGRESSIVE_DISEASE;
			case NOT_EVALUABLE_VALUE: return NOT_EVALUABLE;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private RecistResponse(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //RecistResponse
