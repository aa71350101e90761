/**
 * OpenSABT. Generated from model/opensabt.ecore: do not edit, run ./opensabt codegen.
 */
package org.opensabt.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Seed</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One radioactive seed (planned or found on post-implant CT).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.opensabt.model.Seed#getSeedId <em>Seed Id</em>}</li>
 *   <li>{@link org.opensabt.model.Seed#getPositionMm <em>Position Mm</em>}</li>
 *   <li>{@link org.opensabt.model.Seed#getDirectionUnit <em>Direction Unit</em>}</li>
 *   <li>{@link org.opensabt.model.Seed#getAirKermaStrengthU <em>Air Kerma Strength U</em>}</li>
 *   <li>{@link org.opensabt.model.Seed#getNeedle <em>Needle</em>}</li>
 *   <li>{@link org.opensabt.model.Seed#getOrigin <em>Origin</em>}</li>
 *   <li>{@link org.opensabt.model.Seed#getPlannedSeedId <em>Planned Seed Id</em>}</li>
 *   <li>{@link org.opensabt.model.Seed#isAxisAssumed <em>Axis Assumed</em>}</li>
 * </ul>
 *
 * @see org.opensabt.model.ModelPackage#getSeed()
 * @model
 * @generated
 */
public interface Seed extends EObject {
	/**
	 * Returns the value of the '<em><b>Seed Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Seed Id</em>' attribute.
	 * @see #setSeedId(String)
	 * @see org.opensabt.model.ModelPackage#getSeed_SeedId()
	 * @model
	 * @generated
	 */
	String getSeedId();

	/**
	 * Sets the value of the '{@link org.opensabt.model.Seed#getSeedId <em>Seed Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Seed Id</em>' attribute.
	 * @see #getSeedId()
	 * @generated
	 */
	void setSeedId(String value);

	/**
	 * Returns the value of the '<em><b>Position Mm</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Double}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Seed centre: three values, x y z (patient LPS mm).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Position Mm</em>' attribute list.
	 * @see org.opensabt.model.ModelPackage#getSeed_PositionMm()
	 * @model unique="false"
	 * @generated
	 */
	EList<Double> getPositionMm();

	/**
	 * Returns the value of the '<em><b>Direction Unit</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Double}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unit vector of the seed long axis.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Direction Unit</em>' attribute list.
	 * @see org.opensabt.model.ModelPackage#getSeed_DirectionUnit()
	 * @model unique="false"
	 * @generated
	 */
	EList<Double> getDirectionUnit();

	/**
	 * Returns the value of the '<em><b>Air Kerma Strength U</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Air-kerma strength in U at the reference date.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Air Kerma Strength U</em>' attribute.
	 * @see #setAirKermaStrengthU(double)
	 * @see org.opensabt.model.ModelPackage#getSeed_AirKermaStrengthU()
	 * @model
	 * @generated
	 */
	double getAirKermaStrengthU();

	/**
	 * Sets the value of the '{@link org.opensabt.model.Seed#getAirKermaStrengthU <em>Air Kerma Strength U</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Air Kerma Strength U</em>' attribute.
	 * @see #getAirKermaStrengthU()
	 * @generated
	 */
	void setAirKermaStrengthU(double value);

	/**
	 * Returns the value of the '<em><b>Needle</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Needle</em>' reference.
	 * @see #setNeedle(Needle)
	 * @see org.opensabt.model.ModelPackage#getSeed_Needle()
	 * @model
	 * @generated
	 */
	Needle getNeedle();

	/**
	 * Sets the value of the '{@link org.opensabt.model.Seed#getNeedle <em>Needle</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Needle</em>' reference.
	 * @see #getNeedle()
	 * @generated
	 */
	void setNeedle(Needle value);

	/**
	 * Returns the value of the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How an implant seed came to be: detected (on the post-implant CT), added, moved (by the user) or planned.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Origin</em>' attribute.
	 * @see #setOrigin(String)
	 * @see org.opensabt.model.ModelPackage#getSeed_Origin()
	 * @model
	 * @generated
	 */
	String getOrigin();

	/**
	 * Sets the value of the '{@link org.opensabt.model.Seed#getOrigin <em>Origin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Origin</em>' attribute.
	 * @see #getOrigin()
	 * @generated
	 */
	void setOrigin(String value);

	/**
	 * Returns the value of the '<em><b>Planned Seed Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * On an implant seed: the id of the planned seed it was matched with (optimal assignment); empty when unmatched.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Planned Seed Id</em>' attribute.
	 * @see #setPlannedSeedId(String)
	 * @see org.opensabt.model.ModelPackage#getSeed_PlannedSeedId()
	 * @model
	 * @generated
	 */
	String getPlannedSeedId();

	/**
	 * Sets the value of the '{@link org.opensabt.model.Seed#getPlannedSeedId <em>Planned Seed Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Planned Seed Id</em>' attribute.
	 * @see #getPlannedSeedId()
	 * @generated
	 */
	void setPlannedSeedId(String value);

	/**
	 * Returns the value of the '<em><b>Axis Assumed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * On an implant seed: its axis was not measured on the post-implant CT (the seed lies steeply across thick slices) but taken from the plan's nearest seed (its needle). Meaningful when the implant's seedsExpected is recorded (>= 0).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Axis Assumed</em>' attribute.
	 * @see #setAxisAssumed(boolean)
	 * @see org.opensabt.model.ModelPackage#getSeed_AxisAssumed()
	 * @model
	 * @generated
	 */
	boolean isAxisAssumed();

	/**
	 * Sets the value of the '{@link org.opensabt.model.Seed#isAxisAssumed <em>Axis Assumed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Axis Assumed</em>' attribute.
	 * @see #isAxisAssumed()
	 * @generated
	 */
	void setAxisAssumed(boolean value);

} // Seed
